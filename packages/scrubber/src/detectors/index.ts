import type { Detector } from '../types';
import { createApiKeyDetector } from './api-key';
import { createAuthorizationDetector } from './authorization';
import { createAwsKeyDetector } from './aws-key';
import { createCardDetector } from './card';
import { createEmailDetector } from './email';
import { createIbanDetector } from './iban';
import { createIpv4Detector } from './ipv4';
import { createIpv6Detector } from './ipv6';
import { createJwtDetector } from './jwt';
import { createPhoneDetector } from './phone';
import { createPrivateKeyDetector } from './private-key';
import { createSecretAssignmentDetector } from './secret-assignment';
import { createSsnDetector } from './ssn';
import { createUrlCredentialsDetector } from './url-credentials';

/**
 * The built-in detectors, most specific first. When matches overlap they are merged into one
 * placeholder of the earliest detector's kind (a JWT after `token=` is a `[jwt]`).
 */
export function createBuiltinDetectors(): Detector[] {
  return [
    createPrivateKeyDetector(),
    createUrlCredentialsDetector(),
    createJwtDetector(),
    createAwsKeyDetector(),
    createApiKeyDetector(),
    createAuthorizationDetector(),
    createSecretAssignmentDetector(),
    createIbanDetector(),
    createCardDetector(),
    createSsnDetector(),
    createEmailDetector(),
    createIpv6Detector(),
    createIpv4Detector(),
    createPhoneDetector(),
  ];
}
