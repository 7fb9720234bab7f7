import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';

// findBy* and waitFor wait on a condition; on a busy machine it can take more than their
// default second to become true.
configure({ asyncUtilTimeout: 10_000 });
