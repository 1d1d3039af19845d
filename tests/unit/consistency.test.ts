import { describe, expect, it } from 'vitest';
import { allProse, dataRuleProblem, licenseProblem, modelFacts, numberProblem } from '../support/consistency';

const prose = allProse();
const facts = modelFacts();
const problems = (check: (sentence: string) => string | undefined) =>
  prose.flatMap(({ file, sentence }) => {
    const problem = check(sentence);
    return problem ? [`${file}: "${sentence}" ${problem}`] : [];
  });

describe('the site says each thing one way', () => {
  it('reads the prose of every content file', () => {
    expect(prose.length).toBeGreaterThan(2000);
  });

  it('states the Open Source AI Definition’s data rule one way: data information always, the data where it can be shared', () => {
    expect(problems(dataRuleProblem)).toEqual([]);
  });

  it('gives each release the licence its data gives it', () => {
    expect(problems((s) => licenseProblem(s, facts))).toEqual([]);
  });

  it('gives thresholds and parameter counts as the data gives them', () => {
    expect(problems((s) => numberProblem(s, facts))).toEqual([]);
  });
});

describe('a planted contradiction fails the checks', () => {
  it('open source promising the data', () => {
    expect(dataRuleProblem('Open source in the OSI sense guarantees that you get the training data.')).toBeDefined();
    expect(dataRuleProblem('An open-source release requires the training data itself.')).toBeDefined();
    expect(dataRuleProblem('Only an open-source release gives you the means to reproduce the model or to audit what it learned from.')).toBeDefined();
    expect(dataRuleProblem('The Open Source AI Definition requires detailed information about the data, and the data itself where it can be shared.')).toBeUndefined();
  });

  it('a release under the wrong licence', () => {
    expect(licenseProblem('Gemma 4 comes under the Gemma Terms of Use.', facts)).toMatch(/puts Gemma 4 under gemma-terms, but content\/models\/gemma-4.yaml says apache-2-0/);
    expect(licenseProblem('Gemma 4 is released under Apache 2.0.', facts)).toBeUndefined();
    expect(licenseProblem('Llama 3.1 ships under the MIT License.', facts)).toBeDefined();
  });

  it('a threshold or a parameter count that the data does not have', () => {
    expect(numberProblem('Llama 3.1 Community License: companies with more than 500 million monthly active users need a licence.', facts)).toMatch(/threshold of 500,000,000/);
    expect(numberProblem('Meta’s Llama licence asks companies with more than 700 million monthly active users for a licence.', facts)).toBeUndefined();
    expect(numberProblem('DeepSeek-R1 has 600 billion parameters.', facts)).toMatch(/600 billion/);
    expect(numberProblem('DeepSeek-R1 has 671 billion parameters in total.', facts)).toBeUndefined();
  });
});
