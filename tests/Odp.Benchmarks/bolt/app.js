// The baseline for `dotnet run -c Release --project tests/Odp.Benchmarks -- ack`: a Bolt app that only acks /odp.
// Signature verification is on (Bolt's default); botId/botUserId are given so no auth.test call leaves the machine.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: 'xoxb-benchmark',
  botId: 'B0BENCH',
  botUserId: 'U0BENCH',
  tokenVerificationEnabled: false,
  logLevel: LogLevel.WARN,
});

app.command('/odp', async ({ ack }) => {
  await ack();
});

(async () => {
  const port = Number(process.env.PORT);
  await app.start(port);
  console.log(`bolt listening on ${port}`);
})();
