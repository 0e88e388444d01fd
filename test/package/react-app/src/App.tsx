// EMBEDDING.md's React 19 snippet, as a clinic's app would use it. Type-checked strictly
// (skipLibCheck false), built with Vite, and run to the guide in Chromium by scripts/package/check-package.mjs.
import { useRef, useState } from 'react';
import 'ldn-decision-aid/react';
import type { LdnCompleteEvent, LdnDecisionAid } from 'ldn-decision-aid/react';

export function App() {
  const aid = useRef<LdnDecisionAid>(null);
  const [result, setResult] = useState('');
  const [steps, setSteps] = useState<string[]>([]);

  const onComplete = async (event: LdnCompleteEvent) => {
    const response = await aid.current?.toQuestionnaireResponse();
    setResult(JSON.stringify({ firstSection: event.detail.guide.sections[0], sources: event.detail.sources.length, status: response?.status, steps }));
  };

  return (
    <main>
      <h1>Preparing for your visit</h1>
      <ldn-decision-aid
        ref={aid}
        clinic-name="Riverside POTS Clinic"
        save="session"
        heading-level={2}
        onldn-step-change={(event) => setSteps((shown) => [...shown, event.detail.step])}
        onldn-complete={onComplete}
      >
        <p>Loading the questions about LDN and POTS…</p>
      </ldn-decision-aid>
      <button type="button" onClick={() => aid.current?.reset()}>
        New patient
      </button>
      <output>{result}</output>
      <h2>Before your appointment</h2>
      <p>Bring a list of the medicines you take, with their doses, and any letters from other clinics.</p>
      <h2>Contact us</h2>
      <p>Call the clinic on 555-0100, Monday to Friday, 8am to 5pm. If you feel very unwell, call your local emergency number.</p>
    </main>
  );
}

/** Never rendered: proof that the JSX types are the element's own, as each marked line must fail to type-check. */
export const TypeProofs = () => (
  <>
    {/* @ts-expect-error: not one of the save modes */}
    <ldn-decision-aid save="sesion" />
    {/* @ts-expect-error: a heading level is a number or its digits */}
    <ldn-decision-aid heading-level={true} />
    {/* @ts-expect-error: a step change carries no guide */}
    <ldn-decision-aid onldn-step-change={(event) => event.detail.guide} />
  </>
);
