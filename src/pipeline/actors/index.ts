/**
 * The ACTORS stage: people, countries and organisations in Chinese
 * (simplified and traditional) and English news text.
 */
export { createActorRegistry } from './registry.ts';
export { roleLexicon, RoleLexicon, type RoleHit } from './roles.ts';
export { englishNameFor, isChineseName, transliterationGuess, pinyinName, type EnglishName } from './names.ts';
export { foldText, toTraditional } from '../text/fold.ts';
