import H2 from './H2.astro';
import H3 from './H3.astro';
import Callout from './Callout.astro';
import ComparisonTable from './ComparisonTable.astro';
import ModelAnatomyDiagram from './ModelAnatomyDiagram.astro';
import OpennessSpectrumDiagram from './OpennessSpectrumDiagram.astro';
import Term from './Term.astro';

/** Everything an article may use without importing it, plus heading overrides. */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  Callout,
  ComparisonTable,
  ModelAnatomyDiagram,
  OpennessSpectrumDiagram,
  Term,
};
