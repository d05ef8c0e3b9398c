// What both Bolt peers share: the App as the benchmark runs it, and its start on PORT.
// Signature verification is on (Bolt's default); botId/botUserId are given so no auth.test call leaves the machine.
const { App, LogLevel } = require('@slack/bolt');

exports.createApp = () => new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: 'xoxb-benchmark',
  botId: 'B0BENCH',
  botUserId: 'U0BENCH',
  tokenVerificationEnabled: false,
  logLevel: LogLevel.WARN,
});

exports.start = async (app, what) => {
  const port = Number(process.env.PORT);
  await app.start(port);
  console.log(`${what} listening on ${port}`);
};
