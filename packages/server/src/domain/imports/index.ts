export { importDocument, type ImportDocumentInput } from './import-document.ts';
export { decodeUtf8Strict, assertImportableText, parseImportableText } from './validate.ts';
export { contentHash } from './content-hash.ts';
export { formatImportReport } from './format-report.ts';
