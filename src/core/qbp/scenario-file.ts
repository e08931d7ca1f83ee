/** A BPMN file with the studio's scenario written as the QBP extension, made from a fresh parse of its XML. */
import { createModdle, parseBpmn, serializeBpmn } from '../bpmn/moddle.ts';
import { readQbp, writeQbp, type QbpInfo } from './simulation-info.ts';

/**
 * The XML of `xml` with `qbp:processSimulationInfo` written (or replaced) from its TTHC facts, for BIMP,
 * Simod or Prosimos, and that scenario as data (null for a file without a process). The caller's model is
 * never touched; unreadable XML throws `ImportProblem`.
 */
export async function withQbpScenario(
  xml: string,
  options: { year: number },
): Promise<{ xml: string; info: QbpInfo | null }> {
  const moddle = createModdle();
  const { definitions } = await parseBpmn(xml, moddle);
  writeQbp(definitions, moddle, options);
  return { xml: await serializeBpmn(definitions, moddle), info: readQbp(definitions) };
}
