import { autocapture } from '@sightline/trackers';
import { startFromScript } from './start-from-script';

/** The `<script>` tag entry (`sightline.min.js`): the client with autocapture, nothing more. */
startFromScript((config) => autocapture(config.autocapture));
