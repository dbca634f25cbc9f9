import { activeTime } from '../models/active-time';
import { attention } from '../models/attention';
import { botDetection } from '../models/bot-detection';
import { churnRisk } from '../models/churn-risk';
import { contentAffinity } from '../models/content-affinity';
import { conversionReadiness } from '../models/conversion-readiness';
import { copyIntent } from '../models/copy-intent';
import { ctaEngagement } from '../models/cta-engagement';
import { deadClick } from '../models/dead-click';
import { engagedSession } from '../models/engaged-session';
import { engagement } from '../models/engagement';
import { errorClick } from '../models/error-click';
import { excessiveScroll } from '../models/excessive-scroll';
import { exitIntent } from '../models/exit-intent';
import { formAbandonment } from '../models/form-abandonment';
import { formCompletion } from '../models/form-completion';
import { formFriction } from '../models/form-friction';
import { frustration } from '../models/frustration';
import { hesitation } from '../models/hesitation';
import { hoverInterest } from '../models/hover-interest';
import { intent } from '../models/intent';
import { quickBack } from '../models/quick-back';
import { rageClick } from '../models/rage-click';
import { reread } from '../models/reread';
import { scrollDepth } from '../models/scroll-depth';
import { thrashedCursor } from '../models/thrashed-cursor';

/** All 26 models in the spec's numbering (§2.1). Importing this pulls in every model. */
export const allModels = [
  rageClick, deadClick, errorClick, thrashedCursor, excessiveScroll, quickBack, formFriction, formAbandonment,
  formCompletion, frustration, activeTime, engagedSession, attention, scrollDepth, reread, engagement,
  hoverInterest, ctaEngagement, copyIntent, contentAffinity, exitIntent, hesitation, intent,
  conversionReadiness, churnRisk, botDetection,
] as const;

export type AllScores = import('./runner').ScoresOf<typeof allModels>;
export type ModelId = (typeof allModels)[number]['id'];
