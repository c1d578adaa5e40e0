"""Serverless functions: AWS Lambda (and aws-lambda-powertools), Google Cloud Functions
(functions-framework) and Azure Functions (frameworks.md C.5).

One instance imports the module once and calls the handler for every invocation it
receives: globals survive warm invocations, are invisible to the other instances and vanish
when the platform recycles the instance, as in a web service run on several instances. The
platform calls a function that only the deployment names (SAM ``Handler: app.process``,
``--target``, ``function.json`` ``entryPoint``): the usual names and shapes are recognised
here, any other is named with ``--stateless-entry-points``. An ASGI app wrapped in
``Mangum(app)`` keeps its own framework's request scope: nothing here.
"""

from __future__ import annotations

from .base import (
    AppObject,
    Arg,
    EntryFunction,
    Framework,
    HandlerCall,
    HandlerClass,
    Lifetime,
    frozen,
)

_POWERTOOLS = "aws_lambda_powertools"
_HANDLERS = f"{_POWERTOOLS}.event_handler"


def _paths(*names: str) -> tuple[str, ...]:
    """Qualified names under ``aws_lambda_powertools``."""
    return tuple(f"{_POWERTOOLS}.{name}" for name in names)


#: Route decorators of the REST-like resolvers (event_handler/api_gateway.py ``BaseRouter``,
#: bedrock_agent.py); ``exception_handler``/``not_found`` run per request too.
_ROUTES = frozenset({"get", "post", "put", "patch", "delete", "head", "route"})
_REST_RESOLVERS = tuple(
    f"{_HANDLERS}.{module}{name}"
    for name, modules in (
        ("APIGatewayRestResolver", ("", "api_gateway.")),
        ("APIGatewayHttpResolver", ("", "api_gateway.")),
        ("ALBResolver", ("", "api_gateway.")),
        ("ApiGatewayResolver", ("", "api_gateway.")),
        ("Router", ("api_gateway.",)),
        ("APIGatewayRouter", ("router.",)),
        ("APIGatewayHttpRouter", ("router.",)),
        ("LambdaFunctionUrlRouter", ("router.",)),
        ("ALBRouter", ("router.",)),
        ("LambdaFunctionUrlResolver", ("", "lambda_function_url.")),
        ("VPCLatticeResolver", ("", "vpc_lattice.")),
        ("VPCLatticeV2Resolver", ("", "vpc_lattice.")),
        ("BedrockAgentResolver", ("", "bedrock_agent.")),
        ("HttpResolverLocal", ("", "http_resolver.")),
    )
    for module in modules
)

#: ``app.use(middlewares=[mw])`` and ``@app.get("/x", middlewares=[mw])``: a middleware runs
#: per request (api_gateway.py ``BaseRouter.use``, ``route``).
_MIDDLEWARES = (Arg(keyword="middlewares"),)

_REST = AppObject(
    constructors=_REST_RESOLVERS,
    decorators=_ROUTES | {"exception_handler", "not_found"},
    registrars=frozen(
        {"use": (Arg(0, "middlewares"),), **{route: _MIDDLEWARES for route in _ROUTES}}
    ),
)

_GRAPHQL = AppObject(
    constructors=(
        f"{_HANDLERS}.AppSyncResolver",
        f"{_HANDLERS}.appsync.AppSyncResolver",
        f"{_HANDLERS}.appsync.Router",
        f"{_HANDLERS}.graphql_appsync.router.Router",
    ),
    decorators=frozenset({"resolver", "batch_resolver", "async_batch_resolver"}),
)

_OTHER_RESOLVERS = (
    AppObject(
        constructors=(
            f"{_HANDLERS}.AppSyncEventsResolver",
            f"{_HANDLERS}.events_appsync.appsync_events.AppSyncEventsResolver",
            f"{_HANDLERS}.events_appsync.router.Router",
        ),
        decorators=frozenset({"on_publish", "on_subscribe"}),
    ),
    AppObject(
        constructors=(
            f"{_HANDLERS}.BedrockAgentFunctionResolver",
            f"{_HANDLERS}.bedrock_agent_function.BedrockAgentFunctionResolver",
        ),
        decorators=frozenset({"tool"}),
    ),
)

#: The handler decorators of Logger, Tracer and Metrics (logging/logger.py
#: ``inject_lambda_context``, tracing/tracer.py ``capture_lambda_handler``,
#: metrics/base.py ``log_metrics``).
_TOOLS = (
    AppObject(
        constructors=_paths("Logger", "logging.Logger", "logging.logger.Logger"),
        decorators=frozenset({"inject_lambda_context"}),
    ),
    AppObject(
        constructors=_paths("Tracer", "tracing.Tracer", "tracing.tracer.Tracer"),
        decorators=frozenset({"capture_lambda_handler"}),
    ),
    AppObject(
        constructors=_paths(
            "Metrics",
            "metrics.Metrics",
            "metrics.metrics.Metrics",
            "metrics.EphemeralMetrics",
            "metrics.metrics.EphemeralMetrics",
            "metrics.provider.datadog.DatadogMetrics",
            "metrics.provider.datadog.metrics.DatadogMetrics",
        ),
        decorators=frozenset({"log_metrics"}),
    ),
)

_FACTORY = _paths(
    "middleware_factory.lambda_handler_decorator",
    "middleware_factory.factory.lambda_handler_decorator",
)

#: Powertools' own handler decorators, all made with ``lambda_handler_decorator``.
_HANDLER_DECORATORS = _paths(
    "utilities.data_classes.event_source",
    "utilities.data_classes.event_source.event_source",
    "utilities.idempotency.idempotent",
    "utilities.idempotency.idempotency.idempotent",
    "utilities.parser.event_parser",
    "utilities.parser.parser.event_parser",
    "utilities.validation.validator",
    "utilities.validation.validator.validator",
    "utilities.kafka.kafka_consumer",
    "utilities.kafka.kafka_consumer.kafka_consumer",
    "utilities.batch.batch_processor",
    "utilities.batch.decorators.batch_processor",
    "utilities.batch.async_batch_processor",
    "utilities.batch.decorators.async_batch_processor",
)

#: ``process_partial_response(event, record_handler, processor, context)`` calls
#: ``record_handler`` once per record (utilities/batch/decorators.py); the deprecated
#: ``@batch_processor(record_handler=..., processor=...)`` too.
_BATCH_CALLS = (
    HandlerCall(
        callees=_paths(
            "utilities.batch.process_partial_response",
            "utilities.batch.decorators.process_partial_response",
            "utilities.batch.async_process_partial_response",
            "utilities.batch.decorators.async_process_partial_response",
        ),
        args=(Arg(1, "record_handler"),),
    ),
    HandlerCall(
        callees=_paths(
            "utilities.batch.batch_processor",
            "utilities.batch.decorators.batch_processor",
            "utilities.batch.async_batch_processor",
            "utilities.batch.decorators.async_batch_processor",
        ),
        args=(Arg(keyword="record_handler"),),
    ),
    # Route dependencies: Depends(get_user), resolved per request (event_handler/depends.py).
    HandlerCall(
        callees=(f"{_HANDLERS}.Depends", f"{_HANDLERS}.depends.Depends"),
        args=(Arg(0, "dependency"),),
    ),
)

#: The context object of one invocation, as Powertools, the runtime interface client and
#: aws-lambda-typing type it.
_LAMBDA_CONTEXT = (
    *_paths("utilities.typing.LambdaContext", "utilities.typing.lambda_context.LambdaContext"),
    "awslambdaric.lambda_context.LambdaContext",
    "aws_lambda_typing.context.Context",
    "aws_lambda_typing.context.context.Context",
)

AWS_LAMBDA = Framework(
    name="aws-lambda",
    data_folders=("aws_lambda",),
    readme="AWS Lambda",
    packages=frozenset({_POWERTOOLS, "awslambdaric", "aws_lambda_typing"}),
    objects=(_REST, _GRAPHQL, *_OTHER_RESOLVERS, *_TOOLS),
    decorators=(*_HANDLER_DECORATORS, *_FACTORY),
    decorator_factories=_FACTORY,
    calls=_BATCH_CALLS,
    classes=(
        # One middleware instance given to use(middlewares=[...]) serves every request.
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=(
                f"{_HANDLERS}.middlewares.BaseMiddlewareHandler",
                f"{_HANDLERS}.middlewares.base.BaseMiddlewareHandler",
            ),
            methods=frozenset({"handler"}),
            kind="Powertools middleware",
        ),
    ),
    entry_functions=(
        # The console's lambda_function.lambda_handler and the usual handler.handler
        # (docs.aws.amazon.com/lambda/latest/dg/python-handler.html); ``_context`` when unused.
        EntryFunction(
            names=frozenset({"lambda_handler", "handler"}),
            params=r"_?event, _?context|event, _",
            unimported=True,
        ),
        EntryFunction(annotations=_LAMBDA_CONTEXT, module_level=False),
    ),
)

#: functions-framework's decorators only record the signature type
#: (src/functions_framework/__init__.py 73-125, aio/__init__.py 60-100).
GOOGLE_CLOUD_FUNCTIONS = Framework(
    name="functions-framework",
    data_folders=("gcf",),
    readme="Google Cloud Functions",
    packages=frozenset({"functions_framework"}),
    decorators=tuple(
        f"functions_framework.{name}"
        for name in ("http", "cloud_event", "typed", "errorhandler", "aio.http", "aio.cloud_event")
    ),
)

#: Every trigger of azure-functions 1.26 (azure/functions/decorators/function_app.py
#: ``TriggerApi``) and of azure-functions-durable's DFApp, but ``warm_up_trigger``: it runs
#: once when an instance starts.
_AZURE_TRIGGERS = frozenset(
    {
        "route", "schedule", "timer_trigger", "queue_trigger", "blob_trigger",
        "event_hub_message_trigger", "service_bus_queue_trigger", "service_bus_topic_trigger",
        "cosmos_db_trigger", "cosmos_db_trigger_v3", "event_grid_trigger", "kafka_trigger",
        "sql_trigger", "mysql_trigger", "generic_trigger", "connector_trigger",
        "dapr_service_invocation_trigger", "dapr_binding_trigger", "dapr_topic_trigger",
        "assistant_skill_trigger", "mcp_tool_trigger", "mcp_resource_trigger",
        "mcp_prompt_trigger", "orchestration_trigger", "activity_trigger", "entity_trigger",
    }
)  # fmt: skip

AZURE_FUNCTIONS = Framework(
    name="azure-functions",
    data_folders=("azure_functions",),
    readme="Azure Functions",
    # Top-level package names: every Azure SDK shares ``azure``; the objects below are
    # recognised by their full constructor names.
    packages=frozenset({"azure"}),
    objects=(
        AppObject(
            constructors=tuple(
                f"{module}.{name}"
                for module in (
                    "azure.functions",
                    "azure.functions.decorators",
                    "azure.functions.decorators.function_app",
                )
                for name in ("FunctionApp", "Blueprint", "AsgiFunctionApp", "WsgiFunctionApp")
            )
            + tuple(
                f"{module}.{name}"
                for module in (
                    "azure.durable_functions",
                    "azure.durable_functions.decorators.durable_app",
                )
                for name in ("DFApp", "Blueprint")
            ),
            decorators=_AZURE_TRIGGERS,
        ),
    ),
    # v1: ``<Function>/__init__.py`` ``def main(req: func.HttpRequest)``, the default
    # entryPoint of function.json (learn.microsoft.com/azure/azure-functions/
    # functions-reference-python?pivots=python-mode-configuration).
    entry_functions=(EntryFunction(names=frozenset({"main"}), annotations=("azure.functions.*",)),),
)
