// Moved to the marks; kept here until the charts import it from there.
export { TimeAxis, type TimeAxisProps, tickCount } from '../marks/TimeAxis.js';
