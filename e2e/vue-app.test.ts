import { describeExampleApp } from './support/describe-example-app';

describeExampleApp('vue');
