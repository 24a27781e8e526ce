/** The scanner ships no types: its runner takes an options object and answers issues and errors. */
declare module '@doyensec/electronegativity' {
  const run: (options: Record<string, unknown>) => Promise<unknown>;
  export default run;
}
