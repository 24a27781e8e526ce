/** Posts one request to a fresh worker, resolves with its one answer, and ends the worker either way. */
export function askWorker<Answer>(worker: Worker, request: unknown): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<Answer>) => {
      resolve(message.data);
      worker.terminate();
    };
    worker.onerror = (error) => {
      reject(new Error(error.message));
      worker.terminate();
    };
    worker.postMessage(request);
  });
}
