/**
 * The headers spreadsheets give the fields of each register kind, for `isms import csv`: a column is
 * read as a field when its header is the field's name (any case, spacing or punctuation: `Root cause`,
 * `root_cause`) or one of the names below, lower case without spaces or punctuation (see headerKey).
 * Data only; a name listed for a field the kind does not have is never used.
 */
import type { RecordKind } from '../../core';

/** Headers for a field whatever the kind, best first. */
const COMMON: Readonly<Record<string, readonly string[]>> = {
  title: ['name', 'summary', 'shorttitle', 'subject'],
  owner: ['owner', 'responsible', 'responsibleperson', 'accountable', 'assignee', 'assignedto', 'actionowner', 'riskowner'],
  status: ['state', 'currentstatus'],
  due: ['duedate', 'deadline', 'targetdate', 'dueby', 'targetcompletiondate', 'completionby'],
  raised: ['raiseddate', 'dateraised', 'raisedon', 'opened', 'openeddate', 'dateopened', 'created', 'createddate', 'datelogged', 'logged'],
  closed: ['closeddate', 'dateclosed', 'closedon', 'closuredate'],
  updated: ['lastupdated', 'lastupdate', 'followup', 'lastfollowup', 'followupdate', 'updatedon'],
  reviewed: ['lastreviewed', 'lastreview', 'reviewdate', 'datereviewed', 'reviewedon'],
  department: ['dept', 'team', 'businessunit', 'unit', 'area'],
  controls: ['annexacontrols', 'relatedcontrols', 'treatmentcontrols', 'controlsapplied', 'isocontrols', 'control'],
  justification: [
    ...['justificationforinclusionexclusion', 'justificationforinclusionorexclusion', 'justificationforinclusion'],
    ...['justificationforexclusion', 'reason', 'rationale', 'reasonforselection', 'justificationfordecision'],
  ],
  date: ['dateheld', 'rundate', 'datesent', 'when'],
};

/** Headers for a field of one kind, tried before COMMON (a risk's `Risk ID` is its id; an SoA's `Status` its implementation). */
const BY_KIND: Partial<Record<RecordKind, Readonly<Record<string, readonly string[]>>>> = {
  'corrective-action': {
    id: ['caid', 'caref', 'carid', 'carref', 'capaid', 'actionid', 'correctiveactionid', 'ref', 'reference', 'no', 'number'],
    title: ['nonconformity', 'issue', 'problem', 'description', 'finding'],
    source: ['sourceid', 'findingid', 'findingref', 'raisedfrom', 'origin', 'ncref', 'nonconformityid'],
    correction: ['immediatecorrection', 'immediateaction', 'containment', 'containmentaction'],
    'root-cause': ['cause', 'rootcauseanalysis', 'rca'],
    action: ['correctiveaction', 'actiontaken', 'actionplan', 'plannedaction'],
    effectiveness: ['effectivenessreview', 'effectivenesscheck', 'verification', 'verificationofeffectiveness'],
  },
  risk: {
    id: ['riskid', 'riskref', 'riskno', 'risknumber', 'ref', 'reference', 'no'],
    title: ['risk', 'riskname', 'risktitle', 'riskdescription', 'description', 'threat'],
    likelihood: ['probability', 'likelihoodscore', 'l', 'p'],
    impact: ['impactscore', 'consequence', 'i'],
    treatment: ['treatmentoption', 'riskresponse', 'treatmentdecision', 'response', 'decision'],
  },
  soa: {
    control: ['controlid', 'controlno', 'controlnumber', 'controlref', 'annexacontrol', 'annexa', 'ref', 'reference', 'clause', 'control'],
    applicable: ['applicable', 'applicability', 'included', 'inscope', 'selected', 'isapplicable', 'applies'],
    implementation: ['implementationstatus', 'implemented', 'status', 'implementationstate'],
    documents: ['document', 'policies', 'policy', 'documentation', 'referencedocuments', 'implementingdocuments', 'evidence'],
  },
  incident: {
    id: ['incidentid', 'incidentref', 'incidentno', 'ref', 'reference', 'ticket', 'ticketid'],
    title: ['incident', 'description', 'summary'],
    detected: ['detecteddate', 'datedetected', 'detectedon', 'reported', 'reporteddate', 'datereported', 'date', 'occurred'],
    severity: ['priority', 'impact', 'criticality'],
    'personal-data': ['personaldatainvolved', 'pii', 'personaldatabreach', 'gdpr', 'databreach'],
    'notified-authority': ['notifiedauthority', 'authoritynotified', 'datenotified', 'notificationdate', 'regulatornotified'],
    controls: ['controlsaffected', 'controlsconcerned'],
    'corrective-action': ['caid', 'correctiveactionid', 'capa', 'actionid'],
  },
  awareness: {
    id: ['activityid', 'ref', 'reference'],
    title: ['activity', 'campaign', 'course', 'topic'],
    type: ['activitytype', 'kind', 'format'],
    audience: ['targetaudience', 'for', 'group'],
    sent: ['emailssent', 'recipients', 'targeted'],
    clicked: ['clicks', 'clickedlink', 'clickcount'],
    reported: ['reports', 'reportedcount'],
    attendees: ['attendance', 'trained', 'numberattended', 'peopletrained'],
  },
  person: {
    id: ['personid', 'employeeid', 'employeenumber', 'employeeno', 'staffid', 'staffnumber', 'userid'],
    name: ['fullname', 'employeename', 'employee', 'staffname', 'displayname'],
    role: ['jobtitle', 'title', 'position', 'job'],
    joined: ['startdate', 'hiredate', 'joindate', 'datejoined', 'started', 'hired'],
    left: ['enddate', 'leavingdate', 'leavedate', 'terminationdate', 'leaver', 'dateleft'],
    email: ['emailaddress', 'workemail', 'mail'],
  },
  objective: {
    id: ['objectiveid', 'ref', 'reference', 'kpiid'],
    objective: ['objectivedescription', 'description', 'goal', 'aim'],
    measure: ['metric', 'kpi', 'indicator', 'measurement', 'howmeasured'],
    target: ['targetvalue', 'goalvalue'],
    plan: ['actionplan', 'actions', 'howachieved'],
    'cadence-months': ['cadence', 'frequencymonths', 'measuredeverymonths'],
  },
  'processing-activity': {
    id: ['activityid', 'ropaid', 'ref', 'reference'],
    title: ['activity', 'processingactivity', 'processing'],
    'lawful-basis': ['legalbasis', 'lawfulbasis', 'basis', 'article6basis'],
    'data-categories': ['categoriesofpersonaldata', 'personaldatacategories', 'datacategory'],
    'data-subjects': ['categoriesofdatasubjects', 'datasubjectcategories'],
    retention: ['retentionperiod', 'timelimitsforerasure'],
  },
};

/** The headers (keys) that name `field` of `kind`, best first: its own name, then the kind's names, then the common ones. */
export function fieldHeaders(kind: RecordKind, field: string, ownName: string): readonly string[] {
  return [ownName, ...(BY_KIND[kind]?.[field] ?? []), ...(COMMON[field] ?? [])];
}
