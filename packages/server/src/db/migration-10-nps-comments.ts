/**
 * Version 10: NPS comments sent after their answer (`nps-comment` events, issue #16). An
 * answer stored after its comment arrived looks the comment up by the answer id it names.
 */
export const npsCommentsMigration = {
  version: 10,
  name: 'nps comments by answer',
  statements: [
    `create index events_nps_comment_by_answer on events (site_key, (payload->>'answerId'))
      where type = 'nps-comment'`,
  ],
};
