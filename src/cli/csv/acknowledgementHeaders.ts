/** The headers an HR or learning system's export gives each field of an acknowledgement (`isms import acknowledgements`). */
import type { ColumnRules } from './columns';

export const ACK_FIELDS = ['person', 'document', 'version', 'date'] as const;
export type AckField = (typeof ACK_FIELDS)[number];

/**
 * Headers that name each field, lower case without spaces or punctuation, best first: a column found
 * earlier in the list is tried first (an employee id before an email, an email before a name).
 */
const SYNONYMS: Readonly<Record<AckField, readonly string[]>> = {
  person: [
    ...['person', 'personid', 'employeeid', 'employeenumber', 'employeeno', 'staffid', 'staffnumber', 'userid'],
    ...['email', 'emailaddress', 'workemail', 'mail', 'username', 'login', 'user'],
    ...['employee', 'name', 'fullname', 'employeename', 'personname', 'staffname', 'learner', 'learnername', 'participant', 'displayname'],
  ],
  document: [
    ...['document', 'documentid', 'docid', 'doc', 'policyid', 'courseid', 'documentref', 'reference'],
    ...['policy', 'policyname', 'policytitle', 'documentname', 'documenttitle', 'title', 'course', 'coursename', 'coursetitle'],
  ],
  version: ['version', 'documentversion', 'policyversion', 'docversion', 'courseversion', 'revision', 'rev'],
  date: [
    ...['date', 'acknowledged', 'acknowledgedon', 'acknowledgeddate', 'acknowledgedat', 'acknowledgementdate', 'dateacknowledged'],
    ...['completed', 'completedon', 'completeddate', 'completedat', 'completiondate', 'datecompleted'],
    ...['signed', 'signedon', 'signeddate', 'accepted', 'acceptedon', 'accepteddate', 'attested', 'attestedon'],
  ],
};

export const ACK_COLUMNS: ColumnRules = {
  fields: ACK_FIELDS,
  names: (field) => SYNONYMS[field as AckField],
};
