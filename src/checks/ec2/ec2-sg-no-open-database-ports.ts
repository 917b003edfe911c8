import { defineCheck } from '../../core/check.js'
import { openPortFinding } from '../../analysis/sg-port-verdict.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-database-ports',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open database ports to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails when the group lets 0.0.0.0/0 or ::/0 reach a database or data-store port listed in data/sensitive-ports.json: SQL Server (1433, 1434/udp), Oracle (1521, 2483-2484), MySQL/MariaDB (3306), PostgreSQL (5432), MongoDB/DocumentDB (27017-27018), Redis/Valkey (6379), Memcached (11211), Cassandra (9042), Kafka (9092), Elasticsearch/OpenSearch (9200, 9300), CouchDB (5984) and Neo4j (7474). One finding per group lists every port it opens.',
    risk: 'Databases reachable from the internet are found by scanners within hours; weak or default credentials, unauthenticated instances (Redis, Memcached, Elasticsearch are often deployed without auth) and unpatched engines then give away the data directly. Memcached on UDP is also abused for traffic amplification.',
    remediation: {
      text: "Remove the internet sources for database ports. Let only the application's security groups reach the database, and reach it yourself through Session Manager port forwarding, a VPN or a bastion.",
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=5432,ToPort=5432,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=5432,ToPort=5432,IpRanges=[{CidrIp=10.0.0.0/16}]'",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: VPC only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 5432\n      ToPort: 5432\n      CidrIp: 10.0.0.0/16  # not 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "database" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 5432\n  to_port           = 5432\n  cidr_ipv4         = "10.0.0.0/16" # not 0.0.0.0/0\n}',
    },
    messages: {
      closed: 'Security group {{name}} opens no database ports to the internet.',
      open: 'Security group {{name}} opens {{ports}} ({{services}}) to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = openPortFinding(sg, 'database')
    return open ? fail('open', open) : pass('closed', { name: sg.name })
  },
})
