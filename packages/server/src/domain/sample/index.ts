export {
  loadSample,
  defaultCorpusDir,
  SAMPLE_DOCUMENTS,
  SAMPLE_LOADED_SETTING,
  type LoadSampleOptions,
  type LoadSampleResult,
} from './load-sample.ts';
