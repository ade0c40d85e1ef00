-- Neovim 0.7 (Debian) against decision-lint-server: open a draft, wait for the server's diagnostics,
-- apply its preferred quick fix, and wait for the finding to go. Prints "PASS" or exits non-zero.
local server = assert(os.getenv('DECISION_LINT_SERVER'), 'DECISION_LINT_SERVER is not set')
local draft = assert(os.getenv('DECISION_LINT_DRAFT'), 'DECISION_LINT_DRAFT is not set')
local limit = 15000

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function codes(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, string.format('%s %s', d.source, d.code))
  end
  table.sort(found)
  return table.concat(found, ', ')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  -- 0.7 has no vim.lsp.start: the client is started and attached by hand.
  local client_id = vim.lsp.start_client({
    name = 'decision-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(limit, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    fail('no diagnostics arrived')
  end
  local before = codes(buf)
  if before ~= 'decision-lint front-matter-date' then fail('unexpected diagnostics: ' .. before) end
  local diagnostic = vim.diagnostic.get(buf)[1]

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = {
      start = { line = diagnostic.lnum, character = diagnostic.col },
      ['end'] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, diagnostic.lnum) },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, limit)
  local fix
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred then fix = action end
    end
  end
  if not fix then fail('no preferred quick fix was offered') end
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')

  if not vim.wait(limit, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
    fail('the finding stayed after the fix: ' .. codes(buf))
  end
  local line = vim.api.nvim_buf_get_lines(buf, 6, 7, true)[1]
  if line ~= 'Decision date : 14 Mar 2024' then fail('the fixed line reads: ' .. line) end
  io.stdout:write('PASS ' .. before .. ' fixed by "' .. fix.title .. '"\n')
  vim.lsp.stop_client(client_id)
end)
if not ok then fail(tostring(err)) end
vim.cmd('qall!')
