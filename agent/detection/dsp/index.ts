/** The seismic signal processing, as plain functions (batch) and stateful classes (live). */
export { bandpass, butterworthBandpass, checkBand, magnitudeAt, SosFilter, type Section } from './butterworth.js';
export { classicStaLta, recursiveStaLta, RecursiveStaLta } from './sta-lta.js';
export { triggerOnset, StreamingTrigger, type TriggerWindow } from './trigger.js';
