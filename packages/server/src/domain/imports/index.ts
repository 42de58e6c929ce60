export { importDocument, type ImportDocumentInput } from './import-document.ts';
export {
  DEFAULT_BATCH_SIZE,
  importDocuments,
  importParsedBatch,
  type ImportManyOptions,
  type ImportTotals,
  type ParsedImport,
} from './import-many.ts';
export { decodeUtf8Strict, assertImportableText, parseImportableText } from './validate.ts';
export { contentHash } from './content-hash.ts';
export { formatImportReport } from './format-report.ts';
