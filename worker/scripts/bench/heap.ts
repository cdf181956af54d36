/**
 * The Worker isolate's JavaScript heap, read over workerd's inspector (Chrome DevTools Protocol): collect
 * garbage, then report the bytes still used. That is the memory our code can leak; the workerd process's
 * resident size also moves with the runtime's own buffers (see worker/scripts/soak/run.ts).
 */
export interface HeapProbe {
  usedAfterGc(): Promise<number>;
  close(): void;
}

export async function connectHeapProbe(inspectorUrl: URL, workerName: string): Promise<HeapProbe> {
  const targets = (await (
    await fetch(new URL('/json', inspectorUrl.toString().replace(/^ws/, 'http')))
  ).json()) as Array<{
    id: string;
    webSocketDebuggerUrl: string;
  }>;
  const target = targets.find((t) => t.id.endsWith(`:${workerName}`));
  if (!target)
    throw new Error(`no inspector target for worker ${workerName}: ${targets.map((t) => t.id).join(', ')}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, (result: Record<string, number>) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const send = (method: string) => {
    const id = ++nextId;
    socket.send(JSON.stringify({ id, method }));
    return id;
  };
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => pending.set(send(method), resolve));
  return {
    async usedAfterGc() {
      // workerd runs the collection but never answers it; messages are handled in order, so the usage
      // read next is taken after it.
      send('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize ?? Number.NaN;
    },
    close: () => socket.close(),
  };
}
