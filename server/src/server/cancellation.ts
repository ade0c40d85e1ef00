import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

/**
 * Linting is synchronous, so a request can only notice a cancellation once it has its document's
 * configuration and before it does the work; handlers check the token there.
 */
export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}
