/// `GET /api/openapi.json`: the intake API described in OpenAPI 3.1, kept by hand next to the code it describes.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Deskbook intake service",
        "version": "1",
        "description": "Checks support requests against the help center's intake.yml, turns ready ones into tickets and delivers them. Errors are JSON {error, message}. No cookies are set."
      },
      "paths": {
        "/api/check": {
          "post": {
            "summary": "Check a request without storing it",
            "parameters": [
              {"name": "lang", "in": "query", "schema": {"type": "string", "maxLength": 16}},
              {"name": "at", "in": "query", "description": "Submission time, ISO 8601 with a zone", "schema": {"type": "string", "maxLength": 40}}
            ],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}},
            "responses": {
              "200": {"description": "The check result, ready or not", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckResult"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "415": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/RateLimited"}
            }
          }
        },
        "/api/requests": {
          "post": {
            "summary": "Submit a request; a ready one is stored and gets a ticket number",
            "parameters": [
              {"name": "lang", "in": "query", "schema": {"type": "string", "maxLength": 16}},
              {"name": "Content-Language", "in": "header", "schema": {"type": "string", "maxLength": 64}},
              {"name": "Idempotency-Key", "in": "header", "description": "Repeating a POST with the same key returns the first answer", "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]+$"}}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Request"}},
                "multipart/form-data": {
                  "schema": {
                    "type": "object",
                    "required": ["request"],
                    "properties": {"request": {"type": "string", "description": "The request object as JSON"}},
                    "additionalProperties": {"type": "string", "format": "binary", "description": "A file, under the id of a file field"}
                  }
                }
              }
            },
            "responses": {
              "201": {"description": "Stored; the ticket number and when to expect an answer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ticket"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "409": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "415": {"$ref": "#/components/responses/Error"},
              "422": {"description": "Not ready: the findings, as deskbook check --json gives them", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotReady"}}}},
              "429": {"$ref": "#/components/responses/RateLimited"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/events": {
          "post": {
            "summary": "Record a self-service event (a search, a suggestion, an article vote); no personal data is kept",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Event"}},
                "text/plain": {"schema": {"type": "string", "description": "The event as JSON, as navigator.sendBeacon sends it"}}
              }
            },
            "responses": {
              "202": {"description": "Kept", "content": {"application/json": {"schema": {"type": "object", "required": ["accepted"], "properties": {"accepted": {"const": true}}}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "413": {"$ref": "#/components/responses/Error"},
              "415": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/RateLimited"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/search": {
          "get": {
            "summary": "Search the help center",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 200}},
              {"name": "lang", "in": "query", "schema": {"type": "string", "maxLength": 16}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}},
              {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["hybrid", "lexical", "semantic"], "default": "hybrid"}}
            ],
            "responses": {
              "200": {"description": "Results, best first; the Deskbook-Search-Mode header says hybrid, semantic or lexical (no model, or the model busy)", "headers": {"Deskbook-Search-Mode": {"schema": {"type": "string", "enum": ["hybrid", "lexical", "semantic"]}}}, "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/SearchResult"}}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "429": {"$ref": "#/components/responses/RateLimited"},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/openapi.json": {
          "get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}
        },
        "/healthz": {
          "get": {"summary": "Liveness", "responses": {"200": {"description": "The service runs", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"type": "string"}}}}}}}}
        },
        "/metrics": {
          "get": {"summary": "Prometheus metrics", "responses": {"200": {"description": "Text exposition format", "content": {"text/plain": {"schema": {"type": "string"}}}}}}
        }
      },
      "components": {
        "schemas": {
          "Request": {"type": "object", "description": "Field values by the field ids of intake.yml", "additionalProperties": true},
          "Error": {"type": "object", "required": ["error", "message"], "properties": {"error": {"type": "string"}, "message": {"type": "string"}}},
          "Finding": {
            "type": "object", "required": ["severity", "code", "message"],
            "properties": {"severity": {"enum": ["error", "warning"]}, "code": {"type": "string"}, "field": {"type": ["string", "null"]}, "message": {"type": "string"}}
          },
          "Route": {"type": ["object", "null"], "properties": {"department": {"type": "string"}, "label": {"type": "string"}}},
          "ExpectedResponse": {
            "type": ["object", "null"],
            "properties": {
              "priority": {"type": ["string", "null"]}, "sent": {"type": "string"}, "first_response_by": {"type": "string"},
              "resolution_by": {"type": ["string", "null"]}, "message": {"type": "string"}
            }
          },
          "CheckResult": {
            "type": "object", "required": ["ready", "findings", "suggestions"],
            "properties": {
              "ready": {"type": "boolean"},
              "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
              "suggestions": {"type": "array", "items": {"type": "object"}},
              "route": {"$ref": "#/components/schemas/Route"},
              "expected_response": {"$ref": "#/components/schemas/ExpectedResponse"}
            }
          },
          "NotReady": {"allOf": [{"$ref": "#/components/schemas/CheckResult"}, {"$ref": "#/components/schemas/Error"}]},
          "Ticket": {
            "type": "object", "required": ["ticket"],
            "properties": {
              "ticket": {"type": "string"},
              "expected_response": {"$ref": "#/components/schemas/ExpectedResponse"},
              "route": {"$ref": "#/components/schemas/Route"},
              "status_url": {"type": "string"}
            }
          },
          "Event": {
            "type": "object", "required": ["type", "lang"],
            "properties": {
              "type": {"enum": ["search", "suggestion_shown", "suggestion_opened", "answered", "submitted_anyway", "vote"]},
              "lang": {"type": "string", "pattern": "^[A-Za-z0-9-]{1,16}$"},
              "query": {"type": "string", "description": "search: the text searched for, trimmed to 200 characters"},
              "results": {"type": "integer", "minimum": 0, "description": "search: how many results it had"},
              "article": {"type": "string", "maxLength": 300, "description": "Every other type: the article's site path, such as /en/billing/refunds/, or an FAQ answer's with its anchor, such as /en/faq/general/#is-there-a-free-plan"},
              "helpful": {"type": "boolean", "description": "vote: the answer to 'Was this helpful?'"},
              "reason": {"enum": ["outdated", "unclear", "not_my_question", "other"], "description": "vote with helpful false"},
              "comment": {"type": "string", "description": "vote with helpful false: kept up to 500 characters"}
            }
          },
          "SearchResult": {
            "type": "object",
            "properties": {"url": {"type": "string"}, "title": {"type": "string"}, "kind": {"type": "string"}, "excerpt": {"type": "string"}, "score": {"type": "number"}, "similarity": {"type": "number", "description": "cosine similarity with the question, when the model ran"}}
          }
        },
        "responses": {
          "Error": {"description": "A refused call", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "RateLimited": {
            "description": "Too many calls from this address",
            "headers": {"Retry-After": {"schema": {"type": "integer"}}},
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
          }
        }
      }
    }
    """#
}
