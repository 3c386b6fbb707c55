import type { Person } from './types.js';

export const people: Person[] = [];
