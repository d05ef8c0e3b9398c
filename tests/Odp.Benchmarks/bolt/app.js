// The baseline for `dotnet run -c Release --project tests/Odp.Benchmarks -- ack`: a Bolt app that only acks /odp.
const { createApp, start } = require('./benchmark-app');

const app = createApp();

app.command('/odp', async ({ ack }) => {
  await ack();
});

start(app, 'bolt');
