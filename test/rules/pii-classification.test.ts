import { testRule } from '../helpers/rule-tester.js';

const header = (title: string) => `openapi: 3.0.3
info:
  title: ${title}
  version: 1.0.0
`;

/** A contract whose only operation returns the schema `name`. */
const withSchemas = (title: string, schema: string, schemas: string) => `${header(title)}paths:
  /items:
    get:
      responses:
        '200':
          description: OK.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/${schema}'
components:
  schemas:
${schemas}`;

testRule('pii-classification', {
  valid: [
    {
      name: 'classification on the enclosing object covers its properties, also through $ref',
      contract: withSchemas('CRM API', 'Customer', `    Customer:
      type: object
      x-data-classification: confidential
      properties:
        email:
          type: string
        phone_number:
          type: string
        address:
          $ref: '#/components/schemas/Address'
    Address:
      type: object
      properties:
        street:
          type: string
        postal_code:
          type: string
`),
    },
    {
      name: 'x-pii and x-sap-dpp-is-potentially-personal on properties; public declares non-personal',
      contract: withSchemas('CRM API', 'Contact', `    Contact:
      type: object
      properties:
        email:
          type: string
          x-pii: true
        firstName:
          type: string
          x-pii:
            category: name
        dateOfBirth:
          type: string
          format: date
          x-sap-dpp-is-potentially-personal: true
        support_line:
          type: string
        ipAddress:
          type: string
          x-data-classification: public
`),
    },
    {
      name: 'names of things and words that only contain a personal word',
      contract: withSchemas('Catalog API', 'Product', `    Product:
      type: object
      properties:
        name:
          type: string
        display_name:
          type: string
        filename:
          type: string
        nickname:
          type: string
        email_verified:
          type: boolean
        email_subject:
          type: string
        phone_type:
          type: string
          enum: [mobile, landline]
        repository:
          $ref: '#/components/schemas/Repository'
        payment_method:
          $ref: '#/components/schemas/PaymentMethod'
    Repository:
      type: object
      properties:
        name:
          type: string
        full_name:
          type: string
          example: octocat/Hello-World
        owner:
          $ref: '#/components/schemas/Organization'
    Organization:
      type: object
      properties:
        login:
          type: string
    PaymentMethod:
      type: object
      properties:
        zip:
          $ref: '#/components/schemas/PaymentMethodZip'
    PaymentMethodZip:
      type: object
      properties: {}
`),
    },
    {
      name: 'infrastructure addresses and inventories are not personal',
      contract: withSchemas('Cloud API', 'Droplet', `    Droplet:
      type: object
      properties:
        ip_address:
          type: string
          format: ipv4
        vpc_member:
          type: object
          properties:
            name:
              type: string
        database_user:
          type: object
          properties:
            username:
              type: string
        region:
          type: object
          properties:
            latitude:
              type: number
    AvailablePhoneNumber:
      type: object
      properties:
        phone_number:
          type: string
        postal_code:
          type: string
    Folder:
      type: object
      properties:
        folder_upload_email:
          type: object
          properties:
            email:
              type: string
    BusinessProfile:
      type: object
      properties:
        name:
          type: string
        support_email:
          type: string
`),
    },
    {
      name: 'corpus look-alikes: organisation handles, credential usernames, number inventories, registrars, bank addresses',
      contract: `${header('Telephony API')}paths:
  /orgs/{org}:
    patch:
      parameters:
        - name: org
          in: path
          required: true
          schema:
            type: string
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                twitter_username:
                  type: string
                support_phone:
                  type: string
                tax_id_registrar:
                  type: string
                bank_address_line_1:
                  type: string
      responses:
        '200':
          description: The organisation.
  /sip/credential-lists/{listId}/credentials:
    post:
      parameters:
        - name: listId
          in: path
          required: true
          schema:
            type: string
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                Username:
                  type: string
      responses:
        '201':
          description: The credential.
  /incoming-phone-numbers:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                PhoneNumber:
                  type: string
      responses:
        '201':
          description: The purchased number.
  /tokens:
    post:
      responses:
        '201':
          description: A TURN token.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Token'
components:
  schemas:
    Token:
      type: object
      properties:
        username:
          type: string
        ice_servers:
          type: array
          items:
            type: object
            properties:
              username:
                type: string
`,
    },
  ],
  invalid: [
    {
      name: 'a display name in a user profile',
      contract: withSchemas('Social API', 'UserProfile', `    UserProfile:
      type: object
      properties:
        displayName:
          type: string
`),
      errors: [{ pointer: '/components/schemas/UserProfile/properties/displayName', line: 20, column: 9, message: 'Property "displayName" of UserProfile' }],
    },
    {
      name: 'an inline webhook payload (3.1)',
      contract: `openapi: 3.1.0
info:
  title: Signup events
  version: 1.0.0
webhooks:
  userSignedUp:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                phone:
                  type: string
      responses:
        '204':
          description: Received.
`,
      errors: [{ pointer: '/webhooks/userSignedUp/post/requestBody/content/application~1json/schema/properties/phone', line: 14, column: 17, message: 'Property "phone" of webhook userSignedUp payload' }],
    },
    {
      name: 'a bare name in an inline request body is personal when the path names people',
      contract: `${header('CRM API')}paths:
  /v1/customers:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                name:
                  type: string
                description:
                  type: string
      responses:
        '201':
          description: The customer.
`,
      errors: [{ pointer: '/paths/~1v1~1customers/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name', line: 14, column: 17, message: 'Property "name" of POST /v1/customers request' }],
    },
    {
      name: 'personal properties of a customer (3.0), each at its own location',
      contract: withSchemas('CRM API', 'Customer', `    Customer:
      type: object
      properties:
        id:
          type: string
        name:
          type: string
        emailAddress:
          type: string
        contact:
          type: string
          format: email
        phone_number:
          type: string
        date-of-birth:
          type: string
          format: date
        billing_address:
          $ref: '#/components/schemas/Address'
    Address:
      type: object
      properties:
        street:
          type: string
        city:
          type: string
        zip_code:
          type: string
`),
      errors: [
        { pointer: '/components/schemas/Customer/properties/name', line: 22, column: 9, severity: 'error', message: 'Property "name" of Customer looks like personal data (name; name "name" in a person schema)' },
        { pointer: '/components/schemas/Customer/properties/emailAddress', line: 24, column: 9, message: 'Property "emailAddress" of Customer looks like personal data (email' },
        { pointer: '/components/schemas/Customer/properties/contact', line: 26, column: 9, message: '(email; format: email)' },
        { pointer: '/components/schemas/Customer/properties/phone_number', line: 29, column: 9, message: '(phone;' },
        { pointer: '/components/schemas/Customer/properties/date-of-birth', line: 31, column: 9, message: '(date of birth;' },
        { pointer: '/components/schemas/Address/properties/street', line: 39, column: 9, message: 'Property "street" of Address' },
        { pointer: '/components/schemas/Address/properties/city', line: 41, column: 9, message: 'in an address' },
        { pointer: '/components/schemas/Address/properties/zip_code', line: 43, column: 9 },
      ],
    },
    {
      name: 'a GitHub-like user payload: login and email in a user, inline in the response (3.1 JSON)',
      contractFile: 'openapi.json',
      contract: `{
  "openapi": "3.1.0",
  "info": {"title": "Code hosting API", "version": "1.0.0"},
  "paths": {
    "/user": {
      "get": {
        "responses": {
          "200": {
            "description": "The signed-in user.",
            "content": {"application/json": {"schema": {
              "type": "object",
              "properties": {
                "owner": {"type": "object", "properties": {"login": {"type": "string"}, "avatar_url": {"type": "string"}}},
                "twitter_username": {"type": ["string", "null"]},
                "ssn": {"type": "string", "x-data-classification": "restricted"}
              }
            }}}
          }
        }
      }
    }
  }
}
`,
      errors: [
        { pointer: '/paths/~1user/get/responses/200/content/application~1json/schema/properties/owner/properties/login', line: 13, column: 60, message: 'Property "login" of GET /user 200 response.owner' },
        { pointer: '/paths/~1user/get/responses/200/content/application~1json/schema/properties/twitter_username', line: 14, column: 17, message: '(username;' },
      ],
    },
    {
      name: 'an internal API (by its listing) gets a warning instead of an error',
      contract: withSchemas('Staff directory API', 'Employee', `    Employee:
      type: object
      properties:
        email:
          type: string
`),
      files: {
        'listing.yaml': `apiVersion: publish-gate/v1
kind: ApiListing
metadata:
  name: staff-directory
  title: Staff directory API
spec:
  contract: ./openapi.yaml
  owner: team-people
  audience: internal
  riskClass: low
  lifecycle: ga
  auth:
    model: oauth2
    scopes: [staff:read]
  dataClassification:
    pii: true
    categories: [contact]
  threatModel:
    url: https://security.example.com/threat-models/staff
    reviewed: 2026-09-01
`,
      },
      errors: [{ pointer: '/components/schemas/Employee/properties/email', line: 20, column: 9, severity: 'warn', message: 'Property "email" of Employee' }],
    },
    {
      name: 'properties in a $ref\'d file are reported in that file (2.0)',
      contractFile: 'swagger.yaml',
      contract: `swagger: '2.0'
info:
  title: Payments API
  version: 1.0.0
paths:
  /payers:
    post:
      parameters:
        - name: body
          in: body
          required: true
          schema:
            $ref: './definitions/payer.yaml'
      responses:
        '201':
          description: Created.
`,
      files: {
        'definitions/payer.yaml': `type: object
properties:
  payerName:
    type: string
  iban:
    type: string
  card_number:
    type: string
  client_ip:
    type: string
  bank_account_number:
    type: string
    x-data-classification: secret
  geo:
    type: object
    x-pii: false
    properties:
      latitude:
        type: number
`,
      },
      errors: [
        { file: 'definitions/payer.yaml', pointer: '/properties/payerName', line: 3, column: 3, message: 'Property "payerName" of payer' },
        { file: 'definitions/payer.yaml', pointer: '/properties/iban', line: 5, column: 3, message: '(financial account;' },
        { file: 'definitions/payer.yaml', pointer: '/properties/card_number', line: 7, column: 3 },
        { file: 'definitions/payer.yaml', pointer: '/properties/client_ip', line: 9, column: 3, message: '(ip address;' },
        { file: 'definitions/payer.yaml', pointer: '/properties/bank_account_number', line: 11, column: 3, message: 'has no data classification (x-data-classification "secret" is not one of public, internal, confidential, restricted, pii)' },
      ],
    },
  ],
});
