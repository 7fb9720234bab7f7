import { mount } from 'svelte';
import App from './ui/app/App.svelte';
import './ui/app/app.css';

mount(App, { target: document.getElementById('app')! });
