-- An update, response or cancel must name a case the registry holds (MSC P REJCT otherwise): the case a partner
-- means by its own case id is looked up for every such transaction, so index it.
CREATE INDEX transmittal_partner_case_idx ON transmittal (partner_id, sender_case_id);
