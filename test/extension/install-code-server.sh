#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the last that runs on Node 20 and honours the test
# payload) into .code-server-host/, for the extension tests. A plain `npm install code-server` fails
# here: root needs unsafe-perm, its ripgrep download is blocked and node-pty needs npx.
# Needs Debian's libkrb5-dev and ripgrep (see .ci/run). Safe to run again: an existing host is kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
HOST=.code-server-host
CS=$HOST/node_modules/code-server
if [ -f "$HOST/.installed" ]; then
  echo "code-server already installed in $HOST"
  exit 0
fi
rm -rf "$HOST"
mkdir -p "$HOST"
echo '{"name":"code-server-host","version":"1.0.0","private":true}' > "$HOST/package.json"
(cd "$HOST" && npm install code-server@4.100.3 --ignore-scripts --no-audit --no-fund --loglevel=error && npm rebuild argon2 --loglevel=error)
# The ripgrep postinstall downloads a binary; switch it off and link Debian's rg in its place.
node -e "const f='$CS/lib/vscode/package.json',p=require('./'+f);p.allowScripts={'@vscode/ripgrep':false};require('fs').writeFileSync(f,JSON.stringify(p,null,2))"
(cd "$CS" && npm_config_unsafe_perm=true npm_config_yes=true npm run postinstall --loglevel=error)
mkdir -p "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
touch "$HOST/.installed"
