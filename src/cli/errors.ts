/** A command was called wrongly: the CLI prints the message with the usage and exits 2. */
export class UsageError extends Error {}
