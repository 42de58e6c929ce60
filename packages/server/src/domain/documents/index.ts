export { listDocuments } from './list-documents.ts';
export { getDocument } from './get-document.ts';
export { previewDocument } from './preview-document.ts';
export { updateResolution } from './update-resolution.ts';
