/**
 * The Worker isolate's JavaScript heap, read over workerd's inspector: collect garbage, then report the
 * bytes still used. That is the memory our code can leak; the workerd process's resident size also moves
 * with the runtime's own buffers (see worker/scripts/soak/run.ts).
 */
import { connectInspector } from './inspector.ts';

export interface HeapProbe {
  usedAfterGc(): Promise<number>;
  close(): void;
}

export async function connectHeapProbe(inspectorUrl: URL, workerName: string): Promise<HeapProbe> {
  const inspector = await connectInspector(inspectorUrl, workerName);
  return {
    async usedAfterGc() {
      // workerd runs the collection but never answers it; messages are handled in order, so the usage
      // read next is taken after it.
      inspector.send('HeapProfiler.collectGarbage');
      return (await inspector.call<{ usedSize?: number }>('Runtime.getHeapUsage')).usedSize ?? Number.NaN;
    },
    close: () => inspector.close(),
  };
}
