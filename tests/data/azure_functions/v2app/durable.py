"""Durable Functions (azure-functions-durable DFApp): client, orchestrator, activity and entity
run per invocation; an orchestrator replays, so instance state is doubly wrong."""

import azure.durable_functions as df
import azure.functions as func

my_app = df.DFApp(http_auth_level=func.AuthLevel.ANONYMOUS)
started = []
greetings = {}


@my_app.route(route="orchestrators/{name}")
@my_app.durable_client_input(client_name="client")
async def http_start(req: func.HttpRequest, client):
    instance_id = await client.start_new(req.route_params["name"])
    started.append(instance_id)  # expect: SLS101:5
    return client.create_check_status_response(req, instance_id)


@my_app.orchestration_trigger(context_name="context")
def hello_orchestrator(context: df.DurableOrchestrationContext):
    result = yield context.call_activity("hello", "Seattle")
    return [result]


@my_app.activity_trigger(input_name="city")
def hello(city: str):
    greetings[city] = f"Hello {city}"  # expect: SLS101:5
    return greetings[city]


@my_app.entity_trigger(context_name="context")
def counter(context: df.DurableEntityContext):
    # The entity's own state is the framework's store: nothing kept in the instance.
    value = context.get_state(lambda: 0)
    context.set_state(value + 1)
