/**
 * ISO/IEC 27701:2019 → GDPR articles, after the standard's informative Annex D (Table D.1, "Mapping of
 * ISO/IEC 27701 structure to GDPR articles"). Annex D maps the guidance subclauses (7.2.8, 8.2.6, …)
 * that carry the numbers of the Annex A / B controls; records name the controls, so the keys here are
 * the control ids.
 *
 * Article level only: Annex D cites paragraphs and points (e.g. "30(1)", "28(3)(g)"), which the
 * catalogue does not list. Only rows whose article counterpart is clear are here; rows that Annex D
 * only ties to a general principle of Art. 5 in passing, and the management-system clauses of clause 5,
 * are left out rather than guessed. Annex D is indicative: an audit of a control does not audit the
 * article, the link only helps to find what relates. The inverse (article → controls) is computed in
 * ./index.ts, never written twice.
 */
import { nameTable } from '../nameTable';

const art = (...n: number[]): string[] => n.map((a) => `gdpr:art-${a}`);

export const ISO27701_TO_GDPR: Readonly<Record<string, readonly string[]>> = nameTable({
  // 6.13: information security incident management (6.13.1.1, 6.13.1.5 — breach notification)
  'iso27701:6.13': art(33, 34),
  // Annex A: PII controllers (Table D.1 rows 7.2.1–7.5.4)
  'iso27701:A.7.2.1': art(5),
  'iso27701:A.7.2.2': art(6, 9, 10),
  'iso27701:A.7.2.3': art(8),
  'iso27701:A.7.2.4': art(7, 9),
  'iso27701:A.7.2.5': art(35, 36),
  'iso27701:A.7.2.6': art(28),
  'iso27701:A.7.2.7': art(26),
  'iso27701:A.7.2.8': art(30),
  'iso27701:A.7.3.1': art(12),
  'iso27701:A.7.3.2': art(13, 14),
  'iso27701:A.7.3.3': art(12),
  'iso27701:A.7.3.4': art(7),
  'iso27701:A.7.3.5': art(21),
  'iso27701:A.7.3.6': art(15, 16, 17),
  'iso27701:A.7.3.7': art(19),
  'iso27701:A.7.3.8': art(15, 20),
  'iso27701:A.7.3.9': art(12, 15),
  'iso27701:A.7.3.10': art(22),
  'iso27701:A.7.4.1': art(5),
  'iso27701:A.7.4.2': art(25),
  'iso27701:A.7.4.3': art(5),
  'iso27701:A.7.4.4': art(5),
  'iso27701:A.7.4.5': art(5, 11),
  'iso27701:A.7.4.7': art(5),
  'iso27701:A.7.5.1': art(44, 45, 46, 47, 48, 49),
  'iso27701:A.7.5.3': art(30),
  'iso27701:A.7.5.4': art(30),
  // Annex B: PII processors (Table D.1 rows 8.2.1–8.5.8)
  'iso27701:B.8.2.1': art(28),
  'iso27701:B.8.2.2': art(28),
  'iso27701:B.8.2.4': art(28),
  'iso27701:B.8.2.5': art(28),
  'iso27701:B.8.2.6': art(30),
  'iso27701:B.8.3.1': art(28),
  'iso27701:B.8.4.2': art(28),
  'iso27701:B.8.5.4': art(28),
  'iso27701:B.8.5.5': art(48),
  'iso27701:B.8.5.6': art(28),
  'iso27701:B.8.5.7': art(28),
  'iso27701:B.8.5.8': art(28),
});
