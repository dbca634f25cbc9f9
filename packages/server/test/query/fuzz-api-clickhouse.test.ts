import { STORE_TARGETS } from '../support/store-targets';
import { describeHostileInput } from './fuzz-api';

describeHostileInput(STORE_TARGETS[1] as (typeof STORE_TARGETS)[number]);
