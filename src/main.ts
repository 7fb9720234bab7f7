import { hydrate, mount } from 'svelte';
import App from './ui/app/App.svelte';
import { BrowserServices, carriedCatalog } from './ui/app/services.svelte';
import './ui/app/app.css';

const target = document.getElementById('app')!;
const services = new BrowserServices(carriedCatalog());
const options = { target, props: { services } };

// index.html carries the library drawn at build time: the app takes it over where it stands.
// Another screen asked for by the address is drawn afresh (index.html's first script hid the
// library meanwhile), as is everything in development, where index.html carries nothing.
if (services.router.route.name === 'library' && target.firstElementChild) {
  hydrate(App, options);
} else {
  target.replaceChildren();
  mount(App, options);
  delete document.documentElement.dataset.route;
}
