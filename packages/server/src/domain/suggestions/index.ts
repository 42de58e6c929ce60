export { listMandateSuggestions, acceptSuggestion, dismissSuggestion } from './suggestions.ts';
export { matchProjects, significantWords, type ProjectCandidate, type ProjectMatch } from './match-projects.ts';
