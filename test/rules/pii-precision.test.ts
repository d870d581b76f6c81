// Precision cases found by reviewing the public corpus (docs/corpus-report.md, "Reviewed findings"):
// each is a minimised contract written for this test, not copied from the corpus.
import { testRule } from '../helpers/rule-tester.js';

testRule('pii-classification', {
  valid: [
    {
      name: "an organisation's address and phone, and a card reader's IP address, are not personal data",
      contract: `openapi: 3.0.3
info:
  title: Merchant onboarding
  version: 1.0.0
paths:
  /merchants:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                company:
                  type: object
                  properties:
                    phone:
                      type: string
                    address:
                      type: object
                      properties:
                        line1:
                          type: string
                        city:
                          type: string
                        postal_code:
                          type: string
                head_office:
                  type: object
                  properties:
                    street_address:
                      type: string
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/CardReader'
components:
  schemas:
    CardReader:
      type: object
      properties:
        label:
          type: string
        ip_address:
          type: string
`,
    },
    {
      name: "a resource's location link and a team's location are not a person's location",
      contract: `openapi: 3.0.3
info:
  title: Directory
  version: 1.0.0
paths:
  /teams:
    get:
      responses:
        '200':
          description: A team, its owner's directory entry and a member.
          content:
            application/json:
              schema:
                type: object
                properties:
                  team:
                    type: object
                    properties:
                      location:
                        type: string
                  owner:
                    type: object
                    properties:
                      meta:
                        type: object
                        properties:
                          location:
                            type: string
                  member:
                    type: object
                    properties:
                      location:
                        type: string
                        format: uri
`,
    },
    {
      name: 'the address of a payment terminal location is the merchant premises, not a person',
      contract: `openapi: 3.0.3
info:
  title: In-person payments
  version: 1.0.0
paths:
  /v1/terminal/locations:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                display_name:
                  type: string
                address:
                  type: object
                  properties:
                    line1:
                      type: string
                    city:
                      type: string
                    postal_code:
                      type: string
      responses:
        '200':
          description: The location.
`,
    },
  ],
  invalid: [
    {
      name: 'the username in an event payload is personal data; the filename beside it is not',
      contract: `openapi: 3.1.0
info:
  title: Code hosting events
  version: 1.0.0
webhooks:
  push:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/PushEvent'
      responses:
        '204':
          description: Received.
components:
  schemas:
    PushEvent:
      type: object
      properties:
        ref:
          type: string
        username:
          type: string
        filename:
          type: string
        pusher:
          type: object
          properties:
            name:
              type: string
`,
      errors: [
        { pointer: '/components/schemas/PushEvent/properties/username', line: 23, column: 9, message: 'Property "username" of PushEvent looks like personal data (username;' },
        { pointer: '/components/schemas/PushEvent/properties/pusher/properties/name', line: 30, column: 13, message: 'Property "name" of PushEvent.pusher looks like personal data (name;' },
      ],
    },
    {
      name: "a user's free-text location is personal data",
      contract: `openapi: 3.0.3
info:
  title: Profiles
  version: 1.0.0
paths:
  /user:
    get:
      responses:
        '200':
          description: The signed-in user.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/PublicUser'
components:
  schemas:
    PublicUser:
      type: object
      properties:
        bio:
          type: string
        location:
          type: string
          example: Lisbon, Portugal
`,
      errors: [{ pointer: '/components/schemas/PublicUser/properties/location', line: 22, column: 9, message: '(geolocation; name "location" in a person schema)' }],
    },
    {
      name: "a person inside an organisation (its representative) has a personal address and phone",
      contract: `openapi: 3.0.3
info:
  title: Merchant onboarding
  version: 1.0.0
paths:
  /merchants:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                company:
                  type: object
                  properties:
                    representative:
                      type: object
                      properties:
                        phone:
                          type: string
                        postal_code:
                          type: string
      responses:
        '201':
          description: Created.
`,
      errors: [
        { pointer: '/paths/~1merchants/post/requestBody/content/application~1json/schema/properties/company/properties/representative/properties/phone', line: 20, column: 25, message: '(phone;' },
        { pointer: '/paths/~1merchants/post/requestBody/content/application~1json/schema/properties/company/properties/representative/properties/postal_code', line: 22, column: 25, message: '(address;' },
      ],
    },
  ],
});
