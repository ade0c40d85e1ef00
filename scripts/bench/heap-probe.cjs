// Loaded into the language server by the server benchmark only (`node --expose-gc -r`), never by the
// package: asked "heap" over the IPC channel, it collects all garbage and answers with the heap still
// in use, which tells what the server holds apart from heap V8 has grown and not yet given back.
process.on('message', (message) => {
  if (message !== 'heap') return;
  globalThis.gc();
  process.send({ heapUsed: process.memoryUsage().heapUsed });
});
