export { searchParagraphs } from './search-paragraphs.ts';
export { snippetSegments } from './snippet.ts';
