import { createApp } from 'vue';
import { SightlinePlugin } from '@sightline/vue';
import App from './app.vue';
import { createTinyRouter } from './router';
import { sightline } from './sightline';

const router = createTinyRouter();
// Autocapture sends the load's pageview; the router reports each route change after it.
createApp(App, { router }).use(SightlinePlugin, { client: sightline, router }).mount('#app');
