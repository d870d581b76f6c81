import { describe, expect, it } from 'vitest';
import { classifyPropertyName } from '../../src/model/personal-data.js';

type Context = { schemaWords: string[]; propertyWords: string[] };
const none: Context = { schemaWords: [], propertyWords: [] };
const person = { schemaWords: ['customer'], propertyWords: [] };
const thing = { schemaWords: ['repository'], propertyWords: [] };
const category = (name: string, schema: Record<string, unknown> = { type: 'string' }, context: Context = none) => classifyPropertyName(name, schema, context)?.category;

describe('personal-data names', () => {
  it('recognises each category in camelCase, snake_case, kebab-case and PascalCase', () => {
    const cases: Array<[string[], string]> = [
      [['email', 'emailAddress', 'billing_email', 'work-email', 'EmailAddress'], 'email'],
      [['phone', 'phoneNumber', 'mobile_phone', 'fax-number', 'PhoneNumber'], 'phone'],
      [['firstName', 'last_name', 'given-name', 'FamilyName', 'surname', 'middle_name', 'customer_name'], 'name'],
      [['username', 'userName', 'user_name'], 'username'],
      [['dob', 'dateOfBirth', 'birth_date', 'birthdate', 'date-of-birth'], 'date of birth'],
      [['street', 'streetAddress', 'postal_code', 'postCode', 'zip', 'zip-code', 'address_line1', 'homeAddress'], 'address'],
      [['ssn', 'nationalId', 'passport_number', 'tax-id', 'taxId', 'driver_license'], 'national id'],
      [['iban', 'cardNumber', 'account_number', 'bank-account-number', 'cvc'], 'financial account'],
      [['ip', 'ipAddress', 'client_ip', 'remote_addr', 'ip-address'], 'ip address'],
      [['latitude', 'longitude', 'geo', 'geolocation', 'lat', 'lng'], 'geolocation'],
    ];
    for (const [names, expected] of cases) for (const name of names) expect(category(name, name === 'latitude' || name === 'lat' ? { type: 'number' } : { type: 'string' }), name).toBe(expected);
  });

  it('takes a format as evidence', () => {
    expect(classifyPropertyName('contact', { type: 'string', format: 'email' }, none)).toEqual({ category: 'email', evidence: 'format: email' });
  });

  it('needs a person for bare names, logins and cities', () => {
    expect(category('name', undefined, person)).toBe('name');
    expect(category('name')).toBeUndefined();
    expect(category('display_name', undefined, person)).toBe('name');
    expect(category('display_name', undefined, thing)).toBeUndefined();
    expect(category('login', undefined, { schemaWords: ['simple', 'user'], propertyWords: [] })).toBe('username');
    expect(category('login')).toBeUndefined();
    expect(category('city')).toBeUndefined();
    expect(category('city', undefined, { schemaWords: ['address'], propertyWords: [] })).toBe('address');
    expect(category('full_name', undefined, thing)).toBeUndefined();
  });

  it('ignores look-alikes', () => {
    for (const name of ['filename', 'file_name', 'email_verified', 'emailTemplate', 'phone_type', 'tax_id_registrar', 'email_id', 'is_email', 'max_phone_length', 'zipball_url', 'nameservers', 'ip_ranges', 'support_email', 'hostname']) {
      expect(category(name), name).toBeUndefined();
    }
    expect(category('email', { type: 'boolean' })).toBeUndefined();
    expect(category('phone', { type: 'string', enum: ['mobile', 'landline'] })).toBeUndefined();
    expect(category('ip_address', undefined, { schemaWords: ['droplet'], propertyWords: ['networks'] })).toBeUndefined();
  });
});
