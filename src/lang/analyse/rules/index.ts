/**
 * Context rules, applied in this order to every word token. Each rule adds to the scores of
 * readings (see `context.ts`); the highest score wins.
 */
import { applyAbbreviation } from '../abbreviations.ts';
import type { WorkToken } from '../context.ts';
import { applyDefiniteNotSupine, applyFirstPluralAgreement, applyObjectAfterVerb, applyVerbAfterRelative, applyVerbBeforeNegation, applyVerbBeforeSubject, applyVerbBeforeDefiniteSubject, applyVerbSecond } from './agreement.ts';
import { applyDefiniteSubjectBeforeVerb, applyImpersonalParticiple, applyImpersonalParticipleInClause, applyInitialNounBeforeAuxiliary, applyPluralSubjectVerb, applySubjectAfterConjunction, applyCoordinatedSubject, applyInitialNounBeforeRelative, applySubjectBeforeGenitive, applyVerbAfterQuantifierSubject, applyVerbAfterInitialSubject } from './sentenceStart.ts';
import { applyAHatt, applyLatinnDead, applyNounAfterPrepositionAdjective, applyStackedAdjective, applyAdjectiveAfterSupine, applyAdjectiveAfterDegree, applyAdjectiveNotFiniteAfterCopula, applySinnTime, applyAgentNoun, applyEinsGenitive, applyFirstOfGenitive, applyCoordinatedAdjective, applyDeclinedParticiple, applyNearlyBeforeNumber, applyTruncatedCompound, applyNounAfterAdjectiveNotAdjective, applyNounInList, applyCoordinatedNounBeforeVerb, applyLidinnAfterCopula, applyCoordinatedGenitive, applyPossessiveAfterNoun, applyPossessiveBeforeNoun, applyVerbNotGenitivePossessive, applyNounAfterMeasure, applyNounAfterNumber, applyApproximateBeforeNumber, applyAttributive, applyGenitiveAfterOblique, applyMatFoodOrAssessment, applyNationalityAdjective, applyNounAtPhraseEnd, applyNounNotConjunctionAfterPreposition, applyParticipleAfterCopula, applyPastPluralNotWeakAdjective, applyPredicativeAdjective, applyPredicativeAdjectiveNotNoun, applyDefiniteNoun, applyNounAfterAdjective, applyNounAfterDeterminer, applyNounAfterPrepositionGenitive, applyNounBeforePossessive, applyPluralHlutir, applyPresentParticipleBeforeNoun, applyVegarGenitive } from './attributive.ts';
import { applyHeldur, applyNemaAmount, applyThegar } from './conjunction.ts';
import { applyClauseVerbBeforeAd, applyComplementiserAd } from './complementiser.ts';
import { applyObjectAfterReflexive, applyVerbBeforeReflexive } from './reflexive.ts';
import { applyAuxiliary, applyPassiveAfterInvertedSubject, applyBedid, applyPassiveParticipleOverAdverb } from './auxiliary.ts';
import { applyBareComparativeAfterVerb, applyComparativeBeforeNoun, applyComparativeThan, applyMunComparative, applyNaerBeforeNumber, applyPredicativeComparative } from './degree.ts';
import { applyDemonstrative, applyOgThvi, applyThaPronoun, applyThviBecause, applyThviTherefore } from './demonstrative.ts';
import { applyFormPriors } from './formPriors.ts';
import { applyInfinitive, applyInfinitiveBeforeModal, applyModalBeforeInfinitive, markInfinitiveAd } from './infinitive.ts';
import { applyCaseGovernment, applyEigaAdInfinitive, applyEigaBeforeAdverb, applyPrepositionBeforeAd, applyNominalAfterPreposition, applyPrepositionGovernment } from './preposition.ts';
import { applyNameSubjectVerb, applyPronounVerb, applyVidPronoun } from './pronounVerb.ts';

export type ContextRule = (toks: WorkToken[], i: number) => void;

export const CONTEXT_RULES: ContextRule[] = [
  applyAbbreviation,
  applyFormPriors,
  applyFirstPluralAgreement,
  applyDefiniteNotSupine,
  applyNounAfterDeterminer,
  applyPrepositionGovernment,
  applyEigaBeforeAdverb,
  applyEigaAdInfinitive,
  applyVidPronoun,
  applyPronounVerb,
  applyNameSubjectVerb,
  applyInfinitive,
  applyInfinitiveBeforeModal,
  applyModalBeforeInfinitive,
  applyAuxiliary,
  applyPassiveAfterInvertedSubject,
  applyBedid,
  applyPassiveParticipleOverAdverb,
  applyVerbAfterRelative,
  applyVerbBeforeSubject,
  applyVerbBeforeDefiniteSubject,
  applyVerbBeforeNegation,
  applyVerbSecond,
  applyObjectAfterVerb,
  applySubjectBeforeGenitive,
  applyImpersonalParticiple,
  applyImpersonalParticipleInClause,
  applyDefiniteSubjectBeforeVerb,
  applyInitialNounBeforeAuxiliary,
  applyPluralSubjectVerb,
  applyVerbAfterQuantifierSubject,
  applySubjectAfterConjunction,
  applyCoordinatedSubject,
  applyInitialNounBeforeRelative,
  applyVerbAfterInitialSubject,
  applyNominalAfterPreposition,
  applyCaseGovernment,
  applyPrepositionBeforeAd,
  applyAttributive,
  applyNationalityAdjective,
  applyPresentParticipleBeforeNoun,
  applyApproximateBeforeNumber,
  applyMatFoodOrAssessment,
  applyGenitiveAfterOblique,
  applyAdjectiveAfterDegree,
  applyNounAfterAdjective,
  applyNounBeforePossessive,
  applyPossessiveAfterNoun,
  applyPossessiveBeforeNoun,
  applyVerbNotGenitivePossessive,
  applyAdjectiveNotFiniteAfterCopula,
  applyEinsGenitive,
  applyFirstOfGenitive,
  applyCoordinatedAdjective,
  applyDeclinedParticiple,
  applyNearlyBeforeNumber,
  applyTruncatedCompound,
  applyNounAfterAdjectiveNotAdjective,
  applyNounInList,
  applyCoordinatedNounBeforeVerb,
  applyLidinnAfterCopula,
  applySinnTime,
  applyAHatt,
  applyLatinnDead,
  applyNounAfterPrepositionAdjective,
  applyStackedAdjective,
  applyAdjectiveAfterSupine,
  applyNounAfterPrepositionGenitive,
  applyDefiniteNoun,
  applyAgentNoun,
  applyNounAfterMeasure,
  applyNounAfterNumber,
  applyCoordinatedGenitive,
  applyParticipleAfterCopula,
  applyPredicativeAdjective,
  applyPredicativeAdjectiveNotNoun,
  applyPastPluralNotWeakAdjective,
  applyNounNotConjunctionAfterPreposition,
  applyNounAtPhraseEnd,
  applyVegarGenitive,
  applyPluralHlutir,
  applyHeldur,
  applyNemaAmount,
  applyThegar,
  applyDemonstrative,
  applyThaPronoun,
  applyThviTherefore,
  applyThviBecause,
  applyOgThvi,
  applyMunComparative,
  applyComparativeThan,
  applyBareComparativeAfterVerb,
  applyPredicativeComparative,
  applyNaerBeforeNumber,
  applyComparativeBeforeNoun,
  applyVerbBeforeReflexive,
  applyObjectAfterReflexive,
  applyClauseVerbBeforeAd,
  applyComplementiserAd,
  markInfinitiveAd,
];
