export { FINDING_KINDS, type Finding, type FindingKind, type ScreenResult } from './kinds';
export { loadNameLists, defaultNameListsDir, type NameLists } from './nameLists';
export { createScreen, type Screen, type ScreenOptions } from './screen';
export { FINDING_NOUNS, maskLabel, maskText } from './mask';
export { passesElfproef } from './patterns';
export { measureScreen, formatScores, type LabelledSample, type ScreenScores } from './measure';
