/** Why a file could not be read: a code the UI translates, and an English line the CLI prints. */
export type FileErrorCode = 'encrypted' | 'broken' | 'timeout' | 'unsupported' | 'empty' | 'too-large';

/** A file that cannot be read, with a one-line reason. */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileError';
  }
}
