import { AppError, messageOf } from '../errors';

/**
 * Runs a command-line entry point: exits with the code `main` returns (0 when
 * it returns nothing), or prints `<name> failed: [CODE] message` and exits 1.
 */
export function runCli(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      const code = error instanceof AppError ? `[${error.code}] ` : '';
      console.error(`${name} failed: ${code}${messageOf(error)}`);
      process.exit(1);
    },
  );
}
