/**
 * A connection to the Worker's isolate over workerd's inspector (Chrome DevTools Protocol), for what only
 * the isolate can tell: its heap (heap.ts) and where its CPU time goes (isolate-profile.ts).
 */
export interface Inspector {
  /** Sends a method and resolves with its result. */
  call<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Sends a method without waiting: workerd never answers some (HeapProfiler.collectGarbage). */
  send(method: string, params?: Record<string, unknown>): void;
  close(): void;
}

export async function connectInspector(inspectorUrl: URL, workerName: string): Promise<Inspector> {
  const targets = (await (
    await fetch(new URL('/json', inspectorUrl.toString().replace(/^ws/, 'http')))
  ).json()) as Array<{ id: string; webSocketDebuggerUrl: string }>;
  const target = targets.find((t) => t.id.endsWith(`:${workerName}`));
  if (!target)
    throw new Error(`no inspector target for worker ${workerName}: ${targets.map((t) => t.id).join(', ')}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  const send = (method: string, params: Record<string, unknown> = {}) => {
    const id = ++nextId;
    socket.send(JSON.stringify({ id, method, params }));
    return id;
  };
  return {
    call: <T>(method: string, params?: Record<string, unknown>) =>
      new Promise<T>((resolve) => pending.set(send(method, params), resolve as (result: unknown) => void)),
    send: (method, params) => void send(method, params),
    close: () => socket.close(),
  };
}
