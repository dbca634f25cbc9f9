// `.vue` files are compiled by @vitejs/plugin-vue; for tsc they are plain components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
